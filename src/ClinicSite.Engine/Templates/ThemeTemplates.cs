using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;

namespace ClinicSite.Engine.Templates;

/// <summary>The theme's Handlebars layouts and partials, each compiled once per run and reused for every page.</summary>
internal sealed partial class ThemeTemplates
{
    public const string BaseLayout = "base";

    private readonly Dictionary<string, HandlebarsTemplate<object, object>> _layouts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Display, string Text)> _sources = new(StringComparer.Ordinal);

    private ThemeTemplates()
    {
    }

    /// <summary>Loads and compiles; reports a missing folder, a missing layout or a syntax error with its template and line.</summary>
    public static ThemeTemplates Load(string themeRoot, IEnumerable<string> requiredLayouts, DiagnosticBag diagnostics)
    {
        var result = new ThemeTemplates();
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { ThrowOnUnresolvedBindingExpression = true });
        var layouts = Path.Combine(themeRoot, "layouts");
        var partials = Path.Combine(themeRoot, "partials");
        if (!Directory.Exists(layouts))
        {
            diagnostics.Error(Codes.Template, new SourceSpan(DisplayPaths.For(layouts)), "The theme has no layouts folder. Pass --theme with the folder that holds layouts/ and partials/.");
            return result;
        }

        if (Directory.Exists(partials))
        {
            foreach (var file in Directory.EnumerateFiles(partials, "*.hbs").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var text = ReadTemplate(file, result);
                try
                {
                    handlebars.RegisterTemplate(name, text);
                }
                catch (Exception ex) when (IsTemplateFault(ex))
                {
                    diagnostics.Error(Codes.Template, Locate(file, ex), $"The partial '{name}' could not be compiled: {ex.Message}");
                }
            }
        }

        foreach (var name in requiredLayouts.Append(BaseLayout).Distinct(StringComparer.Ordinal))
        {
            var file = Path.Combine(layouts, name + ".hbs");
            if (!File.Exists(file))
            {
                diagnostics.Error(Codes.Template, new SourceSpan(DisplayPaths.For(file)), $"The layout '{name}.hbs' is missing from {DisplayPaths.For(layouts)}. Add it; pages of this kind need it.");
                continue;
            }

            try
            {
                result._layouts[name] = handlebars.Compile(ReadTemplate(file, result));
            }
            catch (Exception ex) when (IsTemplateFault(ex))
            {
                diagnostics.Error(Codes.Template, Locate(file, ex), $"The layout '{name}' could not be compiled: {ex.Message}");
            }
        }

        return result;
    }

    public bool Has(string layout) => _layouts.ContainsKey(layout);

    /// <summary>Renders a layout; an unknown field becomes an error naming the template and line where it is used.</summary>
    public string? Render(string layout, object model, DiagnosticBag diagnostics, SourceSpan page)
    {
        try
        {
            return _layouts[layout](model);
        }
        catch (HandlebarsUndefinedBindingException ex)
        {
            var (where, line) = Find(ex.Path, ex.MissingKey);
            diagnostics.Error(Codes.Template, where, $"The template uses '{ex.Path}', which does not exist on the page model{line} (while rendering {page.Path}). Fix the field name.");
            return null;
        }
        catch (HandlebarsException ex) when (ex.InnerException is HandlebarsUndefinedBindingException inner)
        {
            var (where, line) = Find(inner.Path, inner.MissingKey);
            diagnostics.Error(Codes.Template, where, $"The template uses '{inner.Path}', which does not exist on the page model{line} (while rendering {page.Path}). Fix the field name.");
            return null;
        }
        catch (Exception ex) when (IsTemplateFault(ex))
        {
            var file = _sources.Where(s => Path.GetFileName(s.Key) == layout + ".hbs").Select(s => s.Value.Display).FirstOrDefault() ?? $"theme/layouts/{layout}.hbs";
            diagnostics.Error(Codes.Template, new SourceSpan(file), $"The layout failed while rendering {page.Path}: {ex.Message}");
            return null;
        }
    }

    // Handlebars.Net reports some malformed templates ('{{#if}}' with no argument, …) with plain
    // InvalidOperationException and the like, not HandlebarsException: each is the template's fault, not a crash.
    private static bool IsTemplateFault(Exception ex) => ex is not (OutOfMemoryException or ThreadAbortException or StackOverflowException);

    private static string ReadTemplate(string file, ThemeTemplates into)
    {
        var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
        into._sources[file] = (DisplayPaths.For(file), text);
        return Unindent(text);
    }

    /// <summary>
    /// Removes the indentation before partial calls that start a line. Handlebars.Net 2.4.3 re-indents the output of
    /// such "standalone" partials and, doing so, skips HTML escaping: an indented {{> page-header}} wrote a page title
    /// of "&lt;/script&gt;&lt;script&gt;…" into the page as markup. Without the indentation the partial renders escaped.
    /// </summary>
    internal static string Unindent(string template) => IndentedPartial().Replace(template, string.Empty);

    [GeneratedRegex(@"^[ \t]+(?=\{\{~?#?>)", RegexOptions.Multiline)]
    private static partial Regex IndentedPartial();

    private (SourceSpan Span, string Note) Find(string path, string key)
    {
        foreach (var needle in new[] { "{{" + path, path, key }.Where(n => !string.IsNullOrEmpty(n)))
        {
            if (FindText(needle) is { } span)
            {
                return (span, string.Empty);
            }
        }

        return (new SourceSpan("theme/layouts"), $" (field '{key}')");
    }

    private SourceSpan? FindText(string key)
    {
        foreach (var (_, (display, text)) in _sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(key, StringComparison.Ordinal);
                if (column >= 0 && lines[i].LastIndexOf("{{", column, StringComparison.Ordinal) >= 0)
                {
                    return new SourceSpan(display, i + 1, column + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Finds the line of a compile error: Handlebars names the offending token ('/iff'), so search for it.</summary>
    private static SourceSpan Locate(string file, Exception ex)
    {
        var display = DisplayPaths.For(file);
        var token = Regex.Match(ex.Message, "'([^']+)'");
        if (token.Success)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(token.Groups[1].Value, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return new SourceSpan(display, i + 1, column + 1);
                }
            }
        }

        var line = Regex.Match(ex.Message, @"line:?\s*(\d+)", RegexOptions.IgnoreCase);
        return line.Success ? new SourceSpan(display, int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture)) : new SourceSpan(display);
    }
}
