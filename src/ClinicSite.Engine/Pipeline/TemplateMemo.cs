using System.Security.Cryptography;
using System.Text;
using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Templates;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The theme's parsed templates for serve's rebuilds: parsing the whole theme takes tens of milliseconds,
/// so it happens again only when a template file changed or the pages need a different set of layouts.
/// </summary>
internal sealed class TemplateMemo
{
    private SortedDictionary<string, string>? _files;
    private string? _layouts;
    private ThemeTemplates? _templates;
    private IReadOnlyList<Diagnostic> _diagnostics = [];
    private Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public ThemeTemplates Load(string themeRoot, IReadOnlyList<string> layouts, DiagnosticBag diagnostics)
    {
        var files = Snapshot(themeRoot);
        var wanted = Path.GetFullPath(themeRoot) + "\n" + string.Join(',', layouts);
        if (_templates is null || wanted != _layouts || !files.SequenceEqual(_files!))
        {
            var bag = new DiagnosticBag();
            _templates = ThemeTemplates.Load(themeRoot, layouts, bag);
            _diagnostics = bag.ToSortedList();
            _files = files;
            _layouts = wanted;
            _keys = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var diagnostic in _diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return _templates;
    }

    /// <summary>
    /// A digest of the template text a page of this layout can reach: its own layout, base and every partial. Two
    /// runs with the same key render the same view to the same HTML, even if other layouts changed in between.
    /// </summary>
    public string KeyFor(string layout)
    {
        lock (_keys)
        {
            if (!_keys.TryGetValue(layout, out var key))
            {
                var files = _files ?? [];
                var text = new StringBuilder();
                foreach (var (path, content) in files.Where(f => f.Key.StartsWith("partials/", StringComparison.Ordinal)
                    || f.Key == $"layouts/{layout}{ThemeTemplates.Extension}" || f.Key == $"layouts/{ThemeTemplates.BaseLayout}{ThemeTemplates.Extension}"))
                {
                    text.Append(path).Append('\0').Append(content).Append('\0');
                }

                key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
                _keys[layout] = key;
            }

            return key;
        }
    }

    /// <summary>Every file under layouts/ and partials/, by path relative to the theme, with its text.</summary>
    private static SortedDictionary<string, string> Snapshot(string themeRoot)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "layouts", "partials" })
        {
            var dir = Path.Combine(themeRoot, folder);
            if (Directory.Exists(dir))
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
                {
                    files[folder + "/" + Path.GetRelativePath(dir, file).Replace('\\', '/')] = File.ReadAllText(file);
                }
            }
        }

        return files;
    }
}
