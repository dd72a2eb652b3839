using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Properties;

/// <summary>
/// Writes fuzz cases into one test site, one case at a time: before a case that writes another file, the last case's
/// file is put back as the site had it (a data file or template) or removed (a generated page).
/// </summary>
internal sealed class FuzzEdits(TestSite site)
{
    private readonly Dictionary<string, byte[]?> _originals = new(StringComparer.Ordinal);
    private string? _previous;

    public void Apply(FuzzCase fuzz)
    {
        if (_previous is not null && _previous != fuzz.Path)
        {
            _ = _originals[_previous] is { } original ? site.WriteBytes(_previous, original) : site.Delete(_previous);
        }

        if (!_originals.ContainsKey(fuzz.Path))
        {
            _originals[fuzz.Path] = File.Exists(site.FullPath(fuzz.Path)) ? File.ReadAllBytes(site.FullPath(fuzz.Path)) : null;
        }

        _previous = fuzz.Path;
        // Lone surrogates (from a split emoji) cannot be saved as UTF-8; an editor would save U+FFFD instead.
        site.WriteBytes(fuzz.Path, new System.Text.UTF8Encoding(false, false).GetBytes(fuzz.Text));
    }
}
