using System.Diagnostics;
using System.Globalization;
using System.Net;
using ClinicSite.Cli.Serve;
using ClinicSite.Engine.Output;
using ClinicSite.Tests.Output;
using ClinicSite.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace ClinicSite.Tests.Serve;

/// <summary>'serve' from its first moment: a request for a real page is never answered 404, and HEAD agrees with GET.</summary>
public sealed class ServeStartupTests
{
    [Fact]
    public async Task No_request_for_an_existing_page_is_answered_404_while_serve_starts()
    {
        using var repo = new ScratchRepository();
        var port = Ports.Free();
        using var process = repo.Start("serve", "--port", port.ToString(CultureInfo.InvariantCulture));
        var output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        var seen = new List<int>();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromMinutes(3) && !process.HasExited)
            {
                foreach (var page in new[] { "/", "/procedures/epidural/", "/risks/bleeding/" })
                {
                    try
                    {
                        using var response = await client.GetAsync(page);
                        seen.Add((int)response.StatusCode);
                        if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
                        {
                            Assert.True(response.Headers.RetryAfter is not null, "A 503 while building must say when to retry.");
                            Assert.Contains("Building the site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        // Not listening yet: the browser would show "cannot connect", never "page not found".
                    }
                }

                if (seen.Count >= 3 && seen[^3..].All(s => s == 200))
                {
                    break;
                }
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
        }

        Assert.True(seen.Count >= 3 && seen[^3..].All(s => s == 200), "serve never answered 200 for the pages: " + string.Join(", ", seen) + "\n" + string.Concat(await output));
        Assert.All(seen, status => Assert.True(status is 200 or 503, $"answered {status} during start-up: {string.Join(", ", seen)}"));
    }

    [Fact]
    public async Task While_the_first_build_runs_every_request_gets_the_building_page_with_503_and_Retry_After()
    {
        using var hub = new ReloadHub();
        var gate = new LiveReload(hub, () => null, () => true, "input/", "output/");
        foreach (var method in new[] { HttpMethods.Get, HttpMethods.Head })
        {
            var context = new DefaultHttpContext();
            context.Request.Method = method;
            context.Request.Path = "/procedures/epidural/";
            using var body = new MemoryStream();
            context.Response.Body = body;
            var reachedSite = false;

            await gate.InvokeAsync(context, _ =>
            {
                reachedSite = true;
                return Task.CompletedTask;
            });

            var text = System.Text.Encoding.UTF8.GetString(body.ToArray());
            Assert.False(reachedSite);
            Assert.Equal(503, context.Response.StatusCode);
            Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
            Assert.Equal("no-store", context.Response.Headers.CacheControl.ToString());
            Assert.True(context.Response.ContentLength > 0);
            if (method == HttpMethods.Get)
            {
                Assert.Contains("<h1>Building the site…</h1>", text, StringComparison.Ordinal);
                Assert.Contains("http-equiv=\"refresh\"", text, StringComparison.Ordinal);
                Assert.Contains(ReloadAssets.ScriptPath, text, StringComparison.Ordinal);
                Assert.Equal(body.Length, context.Response.ContentLength);
            }
            else
            {
                Assert.Equal(0, body.Length);
            }
        }
    }

    [Fact]
    public async Task HEAD_reports_the_same_Content_Length_as_GET_with_the_reload_script_counted()
    {
        await using var serve = await ServeTests.Serving.StartAsync();

        using var get = await serve.Client.GetAsync("procedures/epidural/");
        using var head = await serve.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "procedures/epidural/"));
        var body = await get.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Contains("/_clinicsite/reload.js", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.Equal(body.Length, get.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Serve_keeps_the_mark_listing_exactly_the_files_on_disk_as_pages_come_and_go()
    {
        await using var serve = await ServeTests.Serving.StartAsync();
        var site = serve.Site;

        site.Write("about.md", Support.MinimalSite.Meta("About") + "About us.\n");
        await WaitForAsync(() => File.Exists(Path.Combine(site.Output, "about", "index.html")));
        Assert.Contains("about/index.html", OutputMark.Read(site.Output)!);

        site.Delete("about.md");
        await WaitForAsync(() => !File.Exists(Path.Combine(site.Output, "about", "index.html")) && !OutputMark.Read(site.Output)!.Contains("about/index.html"));
        var listed = OutputMark.Read(site.Output)!;
        var onDisk = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(f => f != OutputMark.FileName);
        Assert.Equal(onDisk.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "serve did not rebuild in time.");
            await Task.Delay(50);
        }
    }
}
