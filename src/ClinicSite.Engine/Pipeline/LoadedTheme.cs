using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Output;
using ClinicSite.Engine.Templates;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The theme as a run uses it: its parsed templates, the content hash of what each layout can reach (its own file, base
/// and every partial), its fingerprinted assets (each one's URL by its path under theme/assets, and their files), and
/// the problems loading it found.
/// </summary>
internal sealed record LoadedTheme(
    ThemeTemplates Templates,
    IReadOnlyDictionary<string, ContentHash> LayoutKeys,
    IReadOnlyDictionary<string, string> AssetUrls,
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics);
