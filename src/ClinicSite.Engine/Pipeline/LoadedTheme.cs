using ClinicSite.Engine.Output;
using ClinicSite.Engine.Templates;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The theme as a run uses it: its parsed templates, the content hash of what each layout can reach (its own file, base
/// and every partial), and its fingerprinted assets: each one's URL by its path under theme/assets, and their files.
/// </summary>
internal sealed record LoadedTheme(
    ThemeTemplates Templates,
    IReadOnlyDictionary<string, ContentHash> LayoutKeys,
    IReadOnlyDictionary<string, string> AssetUrls,
    IReadOnlyList<OutputFile> Files);
