using System.Diagnostics.CodeAnalysis;

namespace ClinicSite.Engine.Content;

/// <summary>Which collection a page belongs to, decided by its folder.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "Collection is the domain's word for a folder of pages.")]
public enum Collection
{
    Pages,
    Procedures,
    Specialists,
    Checklists,
    Risks,
}
