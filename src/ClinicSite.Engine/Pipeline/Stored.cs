using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// One stage's result for one input, as the cache keeps it: the content hash of everything the result was made from,
/// the result, and the diagnostics the stage reported while making it (replayed whenever the result is reused).
/// </summary>
internal sealed record Stored<T>(ContentHash Key, T Value, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>The result of a check, whose findings are all in its diagnostics.</summary>
internal readonly record struct Checked;
