using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Site;

/// <summary>Class fixture: the real site built on today's date, as an editor's build would be.</summary>
public sealed class BuiltSite() : RealSite(today: null);
