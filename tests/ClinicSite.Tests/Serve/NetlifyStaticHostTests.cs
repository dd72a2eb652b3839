using System.Net;
using ClinicSite.Tests.Support;
using ClinicSite.Cli.Serve;

namespace ClinicSite.Tests.Serve;

public sealed class NetlifyStaticHostTests : IAsyncLifetime
{
    private const string Secret = "TOP-SECRET-OUTSIDE-THE-SITE";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "clinicsite-host-" + Guid.NewGuid().ToString("N"));
    private NetlifyStaticHost _host = null!;
    // Static: one client for every test, no redirects followed so 301s can be asserted.
    private static readonly HttpClient Client = new(new HttpClientHandler { AllowAutoRedirect = false });

    private string Root => Path.Combine(_dir, "site");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(Root, "procedures", "facet"));
        Directory.CreateDirectory(Path.Combine(Root, "assets"));
        File.WriteAllText(Path.Combine(_dir, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(Root, "index.html"), "<p>home</p>");
        File.WriteAllText(Path.Combine(Root, "procedures", "facet", "index.html"), "<p>facet page</p>");
        File.WriteAllText(Path.Combine(Root, "assets", "site.css"), "body{}");
        File.WriteAllText(Path.Combine(Root, "404.html"), "<p>not found page</p>");
        File.WriteAllText(Path.Combine(Root, "_headers"),
            "/*\n  Content-Security-Policy: default-src 'none'\n  X-Frame-Options: DENY\n# a comment\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
        File.WriteAllText(Path.Combine(Root, "_redirects"),
            "# old names\n/procedures/old-facet/ /procedures/facet/ 301\n/news/* /procedures/:splat 302\n/moved /procedures/facet/ 200\n");
        _host = await NetlifyStaticHost.StartAsync(Root);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void Listens_on_an_ephemeral_loopback_port()
    {
        Assert.Equal("127.0.0.1", _host.BaseAddress.Host);
        Assert.NotEqual(0, _host.BaseAddress.Port);
        Assert.EndsWith("/", _host.BaseAddress.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Folder_url_with_slash_serves_its_index_html()
    {
        using var response = await Get("procedures/facet/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("<p>facet page</p>", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Folder_url_without_slash_redirects_to_the_slash_form()
    {
        using var response = await Get("procedures/facet?x=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/procedures/facet/?x=1", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Headers_file_rules_apply_to_pages_by_pattern()
    {
        using var response = await Get("");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.False(response.Headers.Contains("Cache-Control") && response.Headers.CacheControl!.MaxAge is not null);
    }

    [Fact]
    public async Task Headers_file_rules_stack_for_assets()
    {
        using var response = await Get("assets/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(31536000), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Fact]
    public async Task Redirects_file_rule_answers_301_with_the_target()
    {
        using var response = await Get("procedures/old-facet/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/procedures/facet/", response.Headers.Location?.OriginalString);
        Assert.True(response.Headers.Contains("Content-Security-Policy"), "headers apply to redirects too");
    }

    [Fact]
    public async Task Redirect_rule_matches_without_the_trailing_slash_too()
    {
        using var response = await Get("procedures/old-facet");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/procedures/facet/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Splat_redirect_carries_the_rest_of_the_path_and_its_status()
    {
        using var response = await Get("news/facet/");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/procedures/facet/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Status_200_rule_rewrites_to_the_target_content()
    {
        using var response = await Get("moved");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("<p>facet page</p>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("no/such/page/")]
    [InlineData("nothing-here.html")]
    [InlineData("assets/missing.css")]
    public async Task Unknown_path_serves_404_html_with_status_404_and_the_headers(string path)
    {
        using var response = await Get(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("<p>not found page</p>", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }

    [Theory]
    [InlineData("_headers")]
    [InlineData("_redirects")]
    public async Task Rules_files_are_never_served(string path)
    {
        using var response = await Get(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Content-Security-Policy:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Sent over a raw socket: HttpClient would tidy the dot segments away before they reach the server.
    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/procedures/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//tmp/secret.txt")]
    [InlineData("/C:/secret.txt")]
    public async Task Traversal_attempts_are_refused_and_never_reach_files_outside_the_folder(string target)
    {
        var (status, body) = await RawGet(target);

        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_requests_reach_real_files_so_the_traversal_test_can_fail()
    {
        var (status, body) = await RawGet("/procedures/facet/");

        Assert.Equal(200, status);
        Assert.Contains("facet page", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_folder_is_reported_with_a_fix()
    {
        var ex = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => NetlifyStaticHost.StartAsync(Path.Combine(_dir, "nope")));

        Assert.Contains("Build the site first", ex.Message, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> Get(string path) => Client.GetAsync(new Uri(_host.BaseAddress, path));

    private Task<(int Status, string Body)> RawGet(string target) => RawHttp.GetAsync(_host.BaseAddress, target, TimeSpan.FromSeconds(30));
}
