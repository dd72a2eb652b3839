using ClinicSite.Tests.Support;
using Xunit.Sdk;

namespace ClinicSite.Tests.Snapshots;

/// <summary>The approved-file helper itself, run in a temp folder with the accept switch passed in (never the process environment).</summary>
public sealed class ApprovedTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "clinicsite-approved", Guid.NewGuid().ToString("N"));

    public ApprovedTests() => Directory.CreateDirectory(_folder);

    private string Verified => Path.Combine(_folder, "page.verified.html");

    private string Received => Path.Combine(_folder, "page.received.html");

    [Fact]
    public void A_difference_fails_with_an_excerpt_and_writes_the_received_file()
    {
        File.WriteAllText(Verified, "<p>one</p>\n<p>two</p>\n<p>three</p>\n");

        var error = Assert.ThrowsAny<XunitException>(() => Approved.VerifyIn(_folder, "page", "<p>one</p>\n<p>TWO</p>\n<p>three</p>\n", accept: false));

        Assert.Contains("at line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n  <p>one</p>\n- <p>two</p>\n", error.Message, StringComparison.Ordinal);
        Assert.Contains("\n+ <p>TWO</p>\n", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>three</p>", error.Message, StringComparison.Ordinal);
        Assert.Equal("<p>one</p>\n<p>TWO</p>\n<p>three</p>\n", File.ReadAllText(Received));
        Assert.Equal("<p>one</p>\n<p>two</p>\n<p>three</p>\n", File.ReadAllText(Verified));
    }

    [Fact]
    public void A_missing_approved_file_fails_and_writes_the_received_file()
    {
        var error = Assert.ThrowsAny<XunitException>(() => Approved.VerifyIn(_folder, "page", "<p>new</p>\n", accept: false));

        Assert.Contains("No approved snapshot", error.Message, StringComparison.Ordinal);
        Assert.Equal("<p>new</p>\n", File.ReadAllText(Received));
        Assert.False(File.Exists(Verified));
    }

    [Fact]
    public void Equal_text_passes_whatever_the_line_endings_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Verified, "<p>one</p>\n<p>two</p>\n");
        File.WriteAllText(Received, "stale");

        Approved.VerifyIn(_folder, "page", "<p>one</p>\r\n<p>two</p>\r\n", accept: false);

        Assert.False(File.Exists(Received));
    }

    [Fact]
    public void Accepting_writes_the_verified_file_with_lf_endings_and_removes_the_received_file()
    {
        File.WriteAllText(Verified, "<p>old</p>\n");
        File.WriteAllText(Received, "<p>new</p>\n");

        Approved.VerifyIn(_folder, "page", "<p>new</p>\r\n", accept: true);

        Assert.Equal("<p>new</p>\n", File.ReadAllText(Verified));
        Assert.False(File.Exists(Received));
        Approved.VerifyIn(_folder, "page", "<p>new</p>\n", accept: false);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0", false)]
    [InlineData("true", false)]
    public void Only_CLINICSITE_ACCEPT_equal_to_1_accepts(string? value, bool accepts) =>
        Assert.Equal(accepts, Approved.IsAccept(value));

    [Fact]
    public void A_long_line_is_cut_in_the_excerpt()
    {
        var excerpt = Approved.Excerpt("a\n" + new string('x', 1000) + "\n", "a\n" + new string('y', 1000) + "\n");

        Assert.Contains("@@ line 2 @@", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length < 600, $"excerpt is {excerpt.Length} characters");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }
}
