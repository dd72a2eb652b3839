using System.Text;
using System.Text.RegularExpressions;

namespace ClinicSite.BrowserTests.Support;

/// <summary>Counts the pages of a PDF Chromium printed, from its page objects (Chromium writes them uncompressed).</summary>
internal static partial class PdfPages
{
    public static int Count(byte[] pdf) => PageObject().Count(Encoding.Latin1.GetString(pdf));

    // "/Type /Page" but not "/Type /Pages" (the page tree).
    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
