using System.Text.RegularExpressions;
using ClinicSite.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ClinicSite.Engine.Content;

/// <summary>
/// The one way YAML text becomes a node tree, for front matter and data files alike: the nesting and alias guard
/// (<see cref="YamlTextScan"/>), then every way YamlDotNet can fail turned into one located error.
/// </summary>
internal static partial class LoadYaml
{
    [GeneratedRegex(@"\btabs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TabMessage();

    /// <summary>
    /// The first document's root node. Null when the text could not be read (the error is reported at
    /// <paramref name="path"/>, its lines moved down by <paramref name="lineOffset"/>) or holds no document
    /// (<paramref name="empty"/> is then true and nothing is reported: what "empty" means is the caller's to say).
    /// </summary>
    public static YamlNode? Root(string yaml, string path, int lineOffset, DiagnosticBag diagnostics, out bool empty)
    {
        empty = false;
        try
        {
            if (!YamlTextScan.TryLoad(yaml, out var stream, out var hazard))
            {
                diagnostics.Error(hazard.Code, new SourceSpan(path, hazard.Line + lineOffset, hazard.Column), hazard.Message);
                return null;
            }

            empty = stream.Documents.Count == 0;
            return empty ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            ReportSyntaxError(diagnostics, path, lineOffset, ex, yaml);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this for some malformed documents instead of a YamlException with a position.
            var (line, column) = YamlTextScan.FirstUnclosed(yaml) ?? (1, 1);
            diagnostics.Error(Codes.YamlSyntax, new SourceSpan(path, line + lineOffset, column), "The YAML could not be read: a bracket, brace or quote is not closed. Check that every [ has a ], every { a } and every quote its partner.");
            return null;
        }
    }

    private static void ReportSyntaxError(DiagnosticBag diagnostics, string path, int lineOffset, YamlException ex, string yaml)
    {
        // YamlDotNet puts a tab in the indentation at the start of the enclosing mapping; point at the tab itself.
        var (line, column) = ((int)ex.Start.Line, (int)ex.Start.Column);
        if (TabMessage().IsMatch(ex.Message) && YamlTextScan.FirstTabIndent(yaml) is { } tab)
        {
            (line, column) = tab;
        }

        var inner = ex.InnerException?.Message ?? ex.Message;
        var message = ex.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase) || inner.Contains("same key", StringComparison.OrdinalIgnoreCase)
            ? "A key appears twice. Keep one of them."
            : $"The YAML could not be read ({Clean(ex.Message)}). Indent with spaces, not tabs; put a space after each colon; quote values that contain ': ' or start with a special character.";
        diagnostics.Error(Codes.YamlSyntax, new SourceSpan(path, line + lineOffset, column), message);
    }

    private static string Clean(string message)
    {
        var i = message.IndexOf("): ", StringComparison.Ordinal);
        return (i >= 0 ? message[(i + 3)..] : message).TrimEnd('.');
    }
}
