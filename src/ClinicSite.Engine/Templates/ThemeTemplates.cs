using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using Scriban;
using Scriban.Syntax;

namespace ClinicSite.Engine.Templates;

/// <summary>
/// The theme's Scriban layouts and partials (<c>.sbn-html</c>), each parsed once per run and shared by every worker
/// thread. A parsed <see cref="Template"/> is safe to share; the <see cref="HtmlTemplateContext"/> that renders it is
/// not, so each thread keeps its own and reuses it from page to page (see <see cref="Context"/>).
/// </summary>
internal sealed class ThemeTemplates
{
    public const string BaseLayout = "base";

    /// <summary>The file extension of layouts and partials; editors' Scriban plugins recognise it as HTML with Scriban.</summary>
    public const string Extension = ".sbn-html";

    // The context a worker thread last used, and the theme it was made for (serve loads a new theme after an edit).
    [ThreadStatic]
    private static HtmlTemplateContext? t_context;

    private readonly Dictionary<string, Template> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Template> _partials = new(StringComparer.Ordinal);

    private ThemeTemplates()
    {
    }

    /// <summary>The parsed partials by name (file name without extension).</summary>
    internal IReadOnlyDictionary<string, Template> Partials => _partials;

    /// <summary>
    /// Loads and parses every partial and the layouts the pages need. Reports a missing folder or layout, and every
    /// syntax error of every file at its own file(line,col), all in one run.
    /// </summary>
    public static ThemeTemplates Load(string themeRoot, IEnumerable<string> requiredLayouts, DiagnosticBag diagnostics)
    {
        var result = new ThemeTemplates();
        var layouts = Path.Combine(themeRoot, "layouts");
        var partials = Path.Combine(themeRoot, "partials");
        if (!Directory.Exists(layouts))
        {
            diagnostics.Error(Codes.Template, new SourceSpan(DisplayPaths.For(layouts)), "The theme has no layouts folder. Pass --theme with the folder that holds layouts/ and partials/.");
            return result;
        }

        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*" + Extension).Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file)[..^Extension.Length];
                if (Parse(file, diagnostics) is { } template)
                {
                    result._partials[name] = template;
                }
            }
        }

        foreach (var name in requiredLayouts.Append(BaseLayout).Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(layouts, name + Extension);
            if (!File.Exists(file))
            {
                diagnostics.Error(Codes.Template, new SourceSpan(DisplayPaths.For(file)), $"The layout '{name}{Extension}' is missing from {DisplayPaths.For(layouts)}. Add it; pages of this kind need it.");
                continue;
            }

            if (Parse(file, diagnostics) is { } template)
            {
                result._layouts[name] = template;
            }
        }

        return result;
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>
    /// Renders a layout with the model's properties as its variables. <paramref name="main"/>, when given, is the page's
    /// rendered kind layout: base reads it as <c>Main</c>, already markup like a partial's output. An unknown variable
    /// or member, a missing partial or any other runtime fault becomes CLS022 at the template's own line and column.
    /// </summary>
    public string? Render(string layout, object model, DiagnosticBag diagnostics, SourceSpan page, string? main = null, PageText? text = null, Uri? pageUri = null)
    {
        var context = Context();
        context.Model.Set(model, main is null ? null : new Markup(main));
        context.Text = text;
        context.PageUri = pageUri;
        try
        {
            return _layouts[layout].Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            // A failed render leaves pushed outputs and scopes behind: the next page on this thread gets a fresh context.
            t_context = null;
            diagnostics.Error(Codes.Template, Where(ex.Span, layout), $"{Explain(ex)} (while rendering {page.Path}).");
            return null;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or InsufficientExecutionStackException))
        {
            t_context = null;
            diagnostics.Error(Codes.Template, new SourceSpan($"theme/layouts/{layout}{Extension}"), $"The layout failed while rendering {page.Path}: {ex.Message}");
            return null;
        }
        finally
        {
            context.Model.Set(null, null);
            context.Text = null;
            context.PageUri = null;
        }
    }

    private HtmlTemplateContext Context()
    {
        if (t_context is not { } context || !ReferenceEquals(context.Theme, this))
        {
            t_context = context = new HtmlTemplateContext(this);
        }

        return context;
    }

    private static Template? Parse(string file, DiagnosticBag diagnostics)
    {
        var display = DisplayPaths.For(file);
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        var template = Template.Parse(text, display);
        if (!template.HasErrors)
        {
            return template;
        }

        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Error(Codes.Template, Where(message.Span, null), $"Template syntax error: {message.Message}");
        }

        return null;
    }

    /// <summary>Scriban counts lines and columns from 0; diagnostics count from 1.</summary>
    private static SourceSpan Where(Scriban.Parsing.SourceSpan span, string? layout) =>
        string.IsNullOrEmpty(span.FileName)
            ? new SourceSpan(layout is null ? "theme" : $"theme/layouts/{layout}{Extension}")
            : new SourceSpan(span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    private static string Explain(ScriptRuntimeException ex)
    {
        var message = ex.OriginalMessage.TrimEnd().TrimEnd('.');
        return message.Contains("not found", StringComparison.Ordinal) || message.Contains("Cannot get member", StringComparison.Ordinal)
            ? $"The template uses a name that does not exist on the page model: {message}. Fix the name; docs/theming.md lists every field"
            : $"The template failed: {message}";
    }
}
