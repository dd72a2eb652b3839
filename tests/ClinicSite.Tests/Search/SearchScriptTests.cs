using System.Diagnostics;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Search;

/// <summary>
/// Runs the search script's own tests (search-script.test.js) with node's built-in test runner, against the same
/// tokenizer-cases.json as SearchTextTests. Node is required: without it this test fails rather than skips.
/// </summary>
public sealed class SearchScriptTests
{
    [Fact]
    public async Task The_script_applies_the_same_rules_as_the_generator()
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = TokenizerCases.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--test");
        start.ArgumentList.Add("--test-reporter=tap");
        start.ArgumentList.Add("search-script.test.js");
        start.Environment["SEARCH_JS"] = Path.Combine(RepoPaths.Theme, "assets", "js", "search.js");

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"node was not found ({ex.Message}). The search script's tests need Node.js 18 or later on PATH (tools/test.sh installs Debian's nodejs).");
            return;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, stdout + await stderr);
            var cases = TokenizerCases.All().Count;
            Assert.Contains($"# pass {cases + 2}", stdout, StringComparison.Ordinal);
            Assert.Contains("# fail 0", stdout, StringComparison.Ordinal);
        }
    }
}
