using System.Net;
using System.Net.Sockets;
using System.Text;
using ClinicSite.Cli;
using ClinicSite.Cli.Commands;
using ClinicSite.Cli.Serve;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Serve;

/// <summary>'serve' in process on an ephemeral port: what it serves, and what happens when files change.</summary>
public sealed class ServeTests
{
    // Generous: these tests share the machine with whole builds running in parallel.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private const string Secret = "TOP-SECRET-BESIDE-THE-SITE";

    [Fact]
    public async Task A_page_is_served_with_the_generated_headers_and_the_reload_script()
    {
        await using var serve = await Serving.StartAsync();

        using var response = await serve.Client.GetAsync("procedures/epidural/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'self'; frame-ancestors 'none'", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("<h1", body, StringComparison.Ordinal);
        Assert.Contains("Epidural", body, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_clinicsite/reload.js\"", body, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(body), response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task The_reload_script_is_added_only_to_responses_never_to_the_files_written()
    {
        await using var serve = await Serving.StartAsync();

        var files = Directory.EnumerateFiles(serve.Site.Output, "*", SearchOption.AllDirectories).ToList();
        using var script = await serve.Client.GetAsync("_clinicsite/reload.js");

        Assert.Contains(files, f => f.EndsWith(Path.Combine("epidural", "index.html"), StringComparison.Ordinal));
        Assert.All(files, f => Assert.DoesNotContain("_clinicsite", File.ReadAllText(f), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("EventSource('/_clinicsite/events')", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_from_the_generated_redirects_answers_301()
    {
        await using var serve = await Serving.StartAsync();

        using var response = await serve.Client.GetAsync("old/");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/procedures/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_unknown_path_answers_404_with_the_404_page()
    {
        await using var serve = await Serving.StartAsync();

        using var response = await serve.Client.GetAsync("no/such/page/");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", body, StringComparison.Ordinal);
        Assert.Contains("/_clinicsite/reload.js", body, StringComparison.Ordinal);
    }

    // A raw socket, because HttpClient would remove the dot segments before they reach the server.
    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/procedures/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/_clinicsite/../../secret.txt")]
    [InlineData("//secret.txt")]
    public async Task Requests_that_try_to_leave_the_site_folder_never_get_a_file_outside_it(string target)
    {
        await using var serve = await Serving.StartAsync();
        File.WriteAllText(Path.Combine(serve.Site.Root, "secret.txt"), Secret);

        var (status, body) = await serve.RawGetAsync(target);
        var (absoluteStatus, absoluteBody) = await serve.RawGetAsync(Path.Combine(serve.Site.Root, "secret.txt"));

        Assert.True(status is 400 or 404, $"{target} answered {status}.");
        Assert.DoesNotContain(Secret, body, StringComparison.Ordinal);
        Assert.True(absoluteStatus is 400 or 404, $"The absolute path answered {absoluteStatus}.");
        Assert.DoesNotContain(Secret, absoluteBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_requests_reach_real_pages_so_the_traversal_test_can_fail()
    {
        await using var serve = await Serving.StartAsync();

        var (status, body) = await serve.RawGetAsync("/procedures/epidural/");

        Assert.Equal(200, status);
        Assert.Contains("Epidural", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_source_file_triggers_a_reload_event_and_the_new_content_is_served()
    {
        await using var serve = await Serving.StartAsync();
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);

        serve.Site.Write("procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "## What it is\n\nA freshly edited sentence.\n");
        var reload = await events.NextAsync(Timeout);
        var page = await serve.Client.GetStringAsync("procedures/epidural/");

        Assert.Equal("reload", reload.Kind);
        // The search index changes with any text; it is the only other change.
        Assert.Equal("procedures/epidural/index.html", Assert.Single(reload.Files, f => f != "search/index.json" && !f.StartsWith("assets/search/", StringComparison.Ordinal)));
        Assert.Contains("A freshly edited sentence.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_to_a_risk_page_updates_the_procedure_pages_that_list_it()
    {
        await using var serve = await Serving.StartAsync();
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);

        serve.Site.Write("risks/bleeding.md", MinimalSite.Meta("Bleeding and bruising", "frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nSome bleeding.\n");
        var reload = await events.NextAsync(Timeout);
        var procedure = await serve.Client.GetStringAsync("procedures/epidural/");

        Assert.Equal("reload", reload.Kind);
        Assert.Contains("procedures/epidural/index.html", reload.Files);
        Assert.Contains("risks/bleeding/index.html", reload.Files);
        Assert.Contains("Bleeding and bruising", procedure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Breaking_front_matter_shows_the_error_page_and_fixing_it_recovers()
    {
        await using var serve = await Serving.StartAsync();
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);
        var good = File.ReadAllText(serve.Site.FullPath("risks/bleeding.md"));

        serve.Site.Write("risks/bleeding.md", "---\ntitle: Bleeding\n");
        var broken = await events.NextAsync(Timeout);
        using var errorPage = await serve.Client.GetAsync("procedures/epidural/");
        var errorBody = await errorPage.Content.ReadAsStringAsync();
        using var stylesheet = await serve.Client.GetAsync("_clinicsite/errors.css");
        var onDisk = File.ReadAllText(Path.Combine(serve.Site.Output, "risks", "bleeding", "index.html"));

        serve.Site.Write("risks/bleeding.md", good);
        var recovered = await events.NextAsync(Timeout);
        using var page = await serve.Client.GetAsync("procedures/epidural/");

        Assert.Equal("broken", broken.Kind);
        Assert.Equal(HttpStatusCode.InternalServerError, errorPage.StatusCode);
        // The saved file's own error comes first, before the errors it causes in the pages that list it.
        var first = errorBody[errorBody.IndexOf("<li>", StringComparison.Ordinal)..];
        Assert.StartsWith("<li><p class=\"where\">", first, StringComparison.Ordinal);
        Assert.Contains("bleeding.md(1,1): CLS002</p><p class=\"message\">The front matter is not closed.", first[..first.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("epidural.md", errorBody, StringComparison.Ordinal);
        Assert.Contains("/_clinicsite/reload.js", errorBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stylesheet.StatusCode);
        Assert.Contains("Some bleeding.", onDisk, StringComparison.Ordinal);
        Assert.Contains("bleeding.md(1,1): error CLS002", serve.Errors, StringComparison.Ordinal);
        Assert.Equal("reload", recovered.Kind);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Epidural", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_template_reloads_the_pages_and_a_template_error_shows_at_its_line_until_fixed()
    {
        await using var serve = await Serving.StartAsync();
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);
        var partial = serve.Site.FullPath("theme/partials/page-header.sbn-html");
        var good = File.ReadAllText(partial);

        File.WriteAllText(partial, good.Replace("</header>", "  <p class=\"serve-test\">Edited {{ Title }}</p>\n</header>", StringComparison.Ordinal));
        var edited = await events.NextAsync(Timeout);
        var page = await serve.Client.GetStringAsync("procedures/epidural/");

        File.WriteAllText(partial, good.Replace("</header>", "  <p>{{ Subtitel }}</p>\n</header>", StringComparison.Ordinal));
        var broken = await events.NextAsync(Timeout);
        using var errorPage = await serve.Client.GetAsync("procedures/epidural/");
        var errorBody = await errorPage.Content.ReadAsStringAsync();

        File.WriteAllText(partial, good);
        var recovered = await events.NextAsync(Timeout);
        var fixedPage = await serve.Client.GetStringAsync("procedures/epidural/");

        Assert.Equal("reload", edited.Kind);
        Assert.Contains("procedures/epidural/index.html", edited.Files);
        Assert.Contains("<p class=\"serve-test\">Edited Epidural</p>", page, StringComparison.Ordinal);
        Assert.Equal("broken", broken.Kind);
        Assert.Equal(HttpStatusCode.InternalServerError, errorPage.StatusCode);
        Assert.Contains("page-header.sbn-html(4,9): CLS022", errorBody, StringComparison.Ordinal);
        Assert.Contains("Subtitel", errorBody, StringComparison.Ordinal);
        Assert.Equal("reload", recovered.Kind);
        Assert.DoesNotContain("serve-test", fixedPage, StringComparison.Ordinal);
        Assert.Contains("<h1>Epidural</h1>", fixedPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stylesheet_change_swaps_the_stylesheet_instead_of_reloading()
    {
        await using var serve = await Serving.StartAsync();
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);

        File.AppendAllText(serve.Site.FullPath("theme/assets/css/site.css"), "\n.serve-test { color: red; }\n");
        var swap = await events.NextAsync(Timeout);
        var (oldUrl, newUrl) = swap.Data.GetProperty("stylesheets").EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).Single();
        var css = await serve.Client.GetStringAsync(newUrl.TrimStart('/'));
        var page = await serve.Client.GetStringAsync("procedures/epidural/");

        Assert.Equal("css", swap.Kind);
        Assert.NotEqual(oldUrl, newUrl);
        Assert.Contains(".serve-test", css, StringComparison.Ordinal);
        Assert.Contains(newUrl, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editors_burst_of_saves_becomes_one_rebuild()
    {
        // A long quiet period, so that a busy machine pausing this thread between the two saves cannot split the burst.
        await using var serve = await Serving.StartAsync(quiet: TimeSpan.FromMilliseconds(400));
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);

        SaveLikeAnEditor(serve.Site, "procedures/epidural.md", MinimalSite.Meta("Epidural", MinimalSite.ProcedureExtra) + "## What it is\n\nSaved through a temporary file.\n");
        SaveLikeAnEditor(serve.Site, "risks/infection.md", MinimalSite.Meta("Infection", "frequency: rare\nwarning_signs: [Fever]\nurgency: urgent\nget_help: Call your doctor today.") + "## What it is\n\nAlso saved.\n");
        var reload = await events.NextAsync(Timeout);

        Assert.Equal("reload", reload.Kind);
        Assert.Contains("procedures/epidural/index.html", reload.Files);
        Assert.Contains("risks/infection/index.html", reload.Files);
    }

    [Fact]
    public async Task Stopping_ends_the_open_pages_event_streams()
    {
        var serve = await Serving.StartAsync();
        using var events = await ServerEvents.ConnectAsync(serve.Client, Timeout);

        await serve.DisposeAsync().AsTask().WaitAsync(Timeout);
        var ended = await Record.ExceptionAsync(() => events.NextAsync(Timeout));

        Assert.IsNotType<TimeoutException>(ended);
        Assert.NotNull(ended);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_says_so_and_exits_with_code_2()
    {
        using var site = new TestSite();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var code = await Task.Run(() => CliApp.Run(
            ["serve", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            stdout, stderr)).WaitAsync(Timeout);

        Assert.Equal((int)ExitCode.UsageOrEnvironment, code);
        Assert.Contains($"port {port} on 127.0.0.1 is already in use", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("--port", stderr.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("localhost", false)]
    [InlineData("0.0.0.0", true)]
    [InlineData("192.168.1.20", true)]
    public void Listening_beyond_this_computer_comes_with_a_warning(string host, bool warns)
    {
        var warning = ServeCommand.HostWarning(host);

        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Contains(host, warning, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080/", "http://127.0.0.1:5080/")]
    [InlineData("http://[::]:5080/", "http://[::1]:5080/")]
    [InlineData("http://127.0.0.1:5080/", "http://127.0.0.1:5080/")]
    public void The_browser_is_sent_to_loopback_when_serving_on_every_interface(string bound, string opened)
    {
        Assert.Equal(new Uri(opened), ServeCommand.OnThisComputer(new Uri(bound)));
    }

    /// <summary>Write a temporary file beside the page, then rename it over the page, as many editors save.</summary>
    private static void SaveLikeAnEditor(TestSite site, string path, string text)
    {
        var target = site.FullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + ".tmp");
        File.WriteAllText(temp, text);
        File.Move(temp, target, overwrite: true);
    }

    /// <summary>A test site with serve running on it, and an HTTP client that does not follow redirects.</summary>
    internal sealed class Serving : IAsyncDisposable
    {
        private readonly StringWriter _stderr;
        private readonly TextWriter _stderrSync;
        private bool _disposed;

        private Serving(TestSite site, DevServer server, StringWriter stderr, TextWriter stderrSync)
        {
            Site = site;
            Server = server;
            _stderr = stderr;
            _stderrSync = stderrSync;
            Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress, Timeout = Timeout };
        }

        public TestSite Site { get; }

        public DevServer Server { get; }

        public HttpClient Client { get; }

        /// <summary>What serve printed as errors so far.</summary>
        public string Errors
        {
            get
            {
                // TextWriter.Synchronized locks the wrapper on every write.
                lock (_stderrSync)
                {
                    return _stderr.ToString();
                }
            }
        }

        public static async Task<Serving> StartAsync(TimeSpan? quiet = null)
        {
            var site = new TestSite();
            site.Write("404.md", MinimalSite.Meta("Page not found") + "The page you asked for is not here.\n");
            var stderr = new StringWriter();
            var options = new ServeOptions
            {
                Input = site.Input,
                Theme = site.Theme,
                Output = site.Output,
                Port = 0,
                Today = DateOnly.Parse(TestSite.Today, System.Globalization.CultureInfo.InvariantCulture),
                Quiet = quiet ?? new ServeOptions().Quiet,
            };
            var stderrSync = TextWriter.Synchronized(stderr);
            var server = await DevServer.StartAsync(options, TextWriter.Null, stderrSync).WaitAsync(Timeout);
            return new Serving(site, server, stderr, stderrSync);
        }

        public Task<(int Status, string Body)> RawGetAsync(string target) => RawHttp.GetAsync(Server.BaseAddress, target, Timeout);

        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Client.Dispose();
            await Server.DisposeAsync();
            Site.Dispose();
        }
    }
}
