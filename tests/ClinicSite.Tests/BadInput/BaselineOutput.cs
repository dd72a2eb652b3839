using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.BadInput;

/// <summary>The minimal site built once per test class; each case copies its output/ as "the last good site" instead of rebuilding it.</summary>
public sealed class BaselineOutput : IDisposable
{
    private readonly TestSite _site = new();

    public BaselineOutput() => _site.BuildOk();

    /// <summary>Copies the last good site into the given site's output/ folder.</summary>
    internal void CopyInto(TestSite site) => TestSite.CopyDirectory(_site.Output, site.Output);

    public void Dispose() => _site.Dispose();
}
