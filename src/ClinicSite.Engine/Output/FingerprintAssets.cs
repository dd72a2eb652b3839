using System.Security.Cryptography;
using ClinicSite.Engine.Content;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Output;

/// <summary>Copies theme/assets/ to /assets/ with a content hash in each file name, so they can be cached forever.</summary>
internal sealed class FingerprintAssets(DiagnosticBag diagnostics)
{
    /// <summary>Maps an asset's path under theme/assets (e.g. css/site.css) to its fingerprinted URL.</summary>
    public IReadOnlyDictionary<string, string> Urls { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<OutputFile> Run(string themeRoot)
    {
        var root = Path.Combine(themeRoot, "assets");
        var urls = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var files = new List<OutputFile>();
        if (!Directory.Exists(root))
        {
            diagnostics.Error(Codes.Template, new SourceSpan(DisplayPaths.For(root)), "The theme has no assets folder. Add theme/assets/css/site.css.");
            Urls = urls;
            return files;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var bytes = File.ReadAllBytes(file);
            var name = Fingerprinted(relative, bytes);
            urls[relative] = "/assets/" + name;
            files.Add(new OutputFile("assets/" + name, bytes));
        }

        Urls = urls;
        return files;
    }

    /// <summary>css/site.css → css/site.0123456789.css (first 10 hex digits of SHA-256).</summary>
    internal static string Fingerprinted(string relative, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var extension = Path.GetExtension(relative);
        var stem = relative[..^extension.Length];
        return $"{stem}.{hash}{extension}";
    }
}
