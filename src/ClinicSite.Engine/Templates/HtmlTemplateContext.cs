using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Markdown;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScribanSpan = Scriban.Parsing.SourceSpan;

namespace ClinicSite.Engine.Templates;

/// <summary>Text that is HTML already: written as it is. Only <c>raw</c>, <c>include</c> and base's <c>Main</c> make it.</summary>
internal sealed record Markup(string Html)
{
    /// <summary>What a text function (string.strip …) receives: the markup as text, which is escaped when written.</summary>
    public override string ToString() => Html;
}

/// <summary>
/// The rules every theme template renders under:
/// <list type="bullet">
/// <item>Escaping is on by default: every <c>{{ expression }}</c> result is HTML-escaped. Literal template text is not.</item>
/// <item>The one way out is <c>raw</c>, for values that are HTML already (the rendered Markdown body, the JSON-LD block).
/// A partial's output (<c>include</c>) is markup too: its own values were escaped as it rendered.</item>
/// <item>One truthiness rule: null, false, 0, "" and an empty list are false (Scriban alone counts "" and [] as true).</item>
/// <item>Nothing is cut or re-indented: a loop may run a million times (index pages at 10 000 pages), no output limit, no auto-indent.</item>
/// <item>Names are the view models' own (PascalCase); a misspelt variable or member is an error, never empty text.</item>
/// </list>
/// One per worker thread, reused from page to page without <see cref="TemplateContext.Reset"/>: only the model changes.
/// </summary>
internal sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>A hundred times what a 10 000-page section index needs.</summary>
    public const int MaxLoopIterations = 1_000_000;

    private const string RawFunction = "raw";
    private const string IncludeFunction = "include";
    private const string GlossaryFunction = "glossary";
    private const string PrintUrlFunction = "print_url";

    // With the mark that stands for the page body, which no escaped text may hold.
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'`=\uFDD0");

    private readonly ScriptObject _functions = new();

    public HtmlTemplateContext(ThemeTemplates theme)
    {
        Theme = theme;
        MemberRenamer = member => member.Name;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        EnableRelaxedFunctionAccess = false;
        // Iterations per outermost loop: a section index at 10 000 pages needs about 10 000; a loop that never ends
        // stops here with an error instead of hanging the build.
        LoopLimit = MaxLoopIterations;
        LimitToString = 0;
        OutputLimit = 0;
        AutoIndent = false;
        NewLine = "\n";
        TemplateLoader = new PartialLoader(theme);
        foreach (var (name, template) in theme.Partials)
        {
            CachedTemplates[PartialLoader.Key(name)] = template;
        }

        PushGlobal(Model);
        // Each function is its own IScriptCustomFunction rather than an imported delegate, which Scriban would read by
        // reflection (not Native AOT safe).
        _functions.SetValue(RawFunction, new OneValueFunction(RawFunction, typeof(object), value => value as BodyHtml ?? (object)new Markup(value as string ?? (value is null ? string.Empty : ObjectToString(value) ?? string.Empty))), true);
        _functions.SetValue(GlossaryFunction, new OneValueFunction(GlossaryFunction, typeof(Markup), value => new Markup(Glossary(value as string ?? ObjectToString(value) ?? string.Empty))), true);
        _functions.SetValue(PrintUrlFunction, new OneValueFunction(PrintUrlFunction, typeof(Markup), value => new Markup(PrintUrl(value as string))), true);
        _functions.SetValue(IncludeFunction, new IncludePartial(), true);
        _functions.IsReadOnly = true;
        PushGlobal(_functions);
    }

    public ThemeTemplates Theme { get; }

    /// <summary>The page's view model, as the templates' variables.</summary>
    public ModelScope Model { get; } = new();

    /// <summary>The page being written: its glossary links so far and where its body goes. Null outside a page.</summary>
    public PageText? Text { get; set; }

    /// <summary>The page's public address, which print addresses are made from; null when it is not absolute.</summary>
    public Uri? PageUri { get; set; }

    public override TemplateContext Write(ScribanSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                break;
            case Markup markup:
                Write(markup.Html);
                break;
            case BodyHtml body:
                // The body goes in when the page is finished; here it only takes its place in reading order.
                if (Text is null)
                {
                    Write(body.Html);
                }
                else
                {
                    Write(Text.Body(body).ToString());
                }

                break;
            case string text:
                WriteEscaped(text);
                break;
            default:
                WriteEscaped(ObjectToString(textAsObject));
                break;
        }

        return this;
    }

    public override bool ToBool(ScribanSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        Markup m => m.Html.Length > 0,
        BodyHtml b => b.Utf8.Length > 0,
        int i => i != 0,
        long l => l != 0,
        double d => d != 0,
        ICollection c => c.Count > 0,
        IEnumerable e => e.GetEnumerator().MoveNext(),
        _ => base.ToBool(span, value),
    };

    /// <summary>HTML-escapes &amp; &lt; &gt; " ' ` =, so text, quoted attributes and URLs stay inert.</summary>
    internal static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAny(Special);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#x27;"),
                '`' => builder.Append("&#x60;"),
                '=' => builder.Append("&#x3D;"),
                PageText.BodyMark => builder.Append("&#xFDD0;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    /// <summary><c>glossary</c>: the text, escaped, with the page's first mention of each glossary term linked.</summary>
    private string Glossary(string text) => Text?.Glossary(text) ?? Escape(text);

    /// <summary>
    /// <c>print_url</c>: for a link to a page of this site (<c>/…</c>), the attribute <c> data-print-url="full address"</c>,
    /// which the print stylesheet shows after the link text (a path alone means nothing on paper); otherwise nothing.
    /// </summary>
    private string PrintUrl(string? href) =>
        PageAddress.PrintUrl(PageUri, href) is { } url ? $" data-print-url=\"{Escape(url)}\"" : string.Empty;

    private void WriteEscaped(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Write(Escape(text));
        }
    }

    /// <summary><c>include "name"</c> (optionally with named values): the partial's output, counted as markup.</summary>
    private sealed class IncludePartial : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => typeof(Markup);

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count == 0 || arguments[0] is not string name)
            {
                throw new ScriptRuntimeException(span, "include needs the partial's name in quotes, e.g. include \"sources\".");
            }

            var caller = callerContext ?? context.CurrentNode ?? throw new ScriptRuntimeException(span, "include was called from nowhere.");
            var template = context.GetOrCreateTemplate(context.GetTemplatePathFromName(name, caller)!, caller);

            // The partial sees the page's variables and, on top of them, the values named in the call
            // (include "link-list" links: Procedure.Risks), evaluated where the call is.
            ScriptObject? named = null;
            if (caller is ScriptFunctionCall call)
            {
                foreach (var argument in call.Arguments)
                {
                    if (argument is ScriptNamedArgument { Name.Name: { } key } && ((IScriptObject)arguments).TryGetValue(context, argument.Span, key, out var value))
                    {
                        (named ??= []).SetValue(key, value, true);
                    }
                }
            }

            // An include on its own ({{ include "x" }}) writes the partial straight into the page; inside an expression
            // ({{ include "x" | f }}) its output is a value, and stays markup until a function turns it into text.
            var inPlace = caller.Parent is ScriptExpressionStatement;
            context.EnterRecursive(caller);
            if (named is null)
            {
                context.PushLocal();
            }
            else
            {
                named.IsReadOnly = true;
                context.PushGlobal(named);
            }

            if (!inPlace)
            {
                context.PushOutput();
            }

            IScriptOutput? output = null;
            try
            {
                if (template.Page is { } page && context.Evaluate(page) is { } result)
                {
                    context.Write(page.Span, result);
                }
            }
            finally
            {
                if (!inPlace)
                {
                    output = context.PopOutput();
                }

                if (named is null)
                {
                    context.PopLocal();
                }
                else
                {
                    context.PopGlobal();
                }

                context.ExitRecursive(caller);
            }

            return output is null ? null : new Markup(output.ToString() ?? string.Empty);
        }

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public ScriptParameterInfo GetParameterInfo(int index) =>
            index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");
    }

    /// <summary>A function of one value (raw, glossary, print_url): <c>f value</c> or <c>value | f</c>.</summary>
    private sealed class OneValueFunction(string name, Type returnType, Func<object?, object> body) : IScriptCustomFunction
    {
        public int RequiredParameterCount => 1;

        public int ParameterCount => 1;

        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

        public Type ReturnType => returnType;

        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            arguments.Count == 1
                ? body(arguments[0])
                : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"{name} takes one value, not {arguments.Count}.");

        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");
    }

    /// <summary>Finds partials among the theme's parsed ones; a name with no partial is an error at the include.</summary>
    private sealed class PartialLoader(ThemeTemplates theme) : ITemplateLoader
    {
        public static string Key(string name) => "partials/" + name + ThemeTemplates.Extension;

        public string GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName) =>
            theme.Partials.ContainsKey(templateName)
                ? Key(templateName)
                : throw new ScriptRuntimeException(callerSpan, $"There is no partial '{templateName}'. Add theme/partials/{templateName}{ThemeTemplates.Extension} or fix the name.");

        public string Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"The partial {templatePath} could not be loaded.");

        public ValueTask<string?> LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
            throw new ScriptRuntimeException(callerSpan, $"The partial {templatePath} could not be loaded.");
    }
}

/// <summary>
/// A view model's public properties as template variables, read straight from the object: no copy per page, and one
/// reflection scan per type. Read-only, so a template cannot change a page's data.
/// </summary>
internal sealed class ModelScope : IScriptObject
{
    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, PropertyInfo>> Types = new();

    private FrozenDictionary<string, PropertyInfo> _members = FrozenDictionary<string, PropertyInfo>.Empty;
    private object? _model;
    private Markup? _main;

    public int Count => _members.Count;

    public bool IsReadOnly
    {
        get => true;
        set { }
    }

    public void Set(object? model, Markup? main)
    {
        _model = model;
        _main = main;
        _members = model is null ? FrozenDictionary<string, PropertyInfo>.Empty : Types.GetOrAdd(model.GetType(), Describe);
    }

    public IEnumerable<string> GetMembers() => _members.Keys;

    public bool Contains(string member) => _members.ContainsKey(member);

    public bool TryGetValue(TemplateContext? context, ScribanSpan span, string member, out object? value)
    {
        if (_main is not null && member == "Main")
        {
            value = _main;
            return true;
        }

        if (_members.TryGetValue(member, out var property))
        {
            value = property.GetValue(_model);
            return true;
        }

        value = null;
        return false;
    }

    public bool CanWrite(string member) => false;

    public bool TrySetValue(TemplateContext? context, ScribanSpan span, string member, object? value, bool readOnly) => false;

    public bool Remove(string member) => false;

    public void SetReadOnly(string member, bool readOnly)
    {
    }

    public IScriptObject Clone(bool deep)
    {
        var clone = new ModelScope();
        clone.Set(_model, _main);
        return clone;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification =
        "The view models are ClinicSite.Engine types, and the Native AOT publish keeps that assembly whole " +
        "(TrimmerRootAssembly in src/ClinicSite/ClinicSite.csproj), public properties included.")]
    private static FrozenDictionary<string, PropertyInfo> Describe(Type type) =>
        type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract")
            .ToFrozenDictionary(p => p.Name, StringComparer.Ordinal);
}
