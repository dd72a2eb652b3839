using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Build;

/// <summary>
/// One run of the stages as serve sees it: the public result, the files that make up the site (null when the build
/// failed or was blocked, so nothing may be written) and the fingerprinted URL of each theme asset.
/// </summary>
internal sealed record SiteBuildRun(BuildResult Result, IReadOnlyList<OutputFile>? Files, IReadOnlyDictionary<string, string> AssetUrls);
