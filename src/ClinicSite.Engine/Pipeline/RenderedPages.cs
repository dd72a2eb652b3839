using ClinicSite.Engine.Checks;
using ClinicSite.Engine.Model;
using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Pipeline;

/// <summary>
/// The pages that rendered (a page whose templates failed is left out), each with its file and check facts, in the
/// same order; and how many of them were rendered this run rather than kept from the cache.
/// </summary>
internal sealed record RenderedPages(IReadOnlyList<Page> Pages, IReadOnlyList<OutputFile> Files, IReadOnlyList<PageFacts> Facts, int Rendered);
