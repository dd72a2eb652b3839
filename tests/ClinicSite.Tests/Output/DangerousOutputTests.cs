using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Output;

/// <summary>
/// An editor's slip never deletes their work: 'build' and 'serve' refuse every output folder that is not theirs to
/// replace, with exit code 2 and one CLS051 line, and leave every file and link that was there byte for byte, in the
/// repository and beside it. The real CLI runs in a scratch repository (see <see cref="ScratchRepository"/>).
/// </summary>
public sealed class DangerousOutputTests
{
    /// <summary>
    /// Each target as an editor might type it in the repository's root, and what the refusal must say. {repo} and
    /// {home} stand for the absolute paths of the scratch repository and of the home folder.
    /// </summary>
    public static TheoryData<string, string> Cases => new()
    {
        { "input", "is the input folder" },
        { "input/risks", "is inside the input folder" },
        { "input/../input/", "is the input folder" },
        { "theme", "is the theme folder" },
        { "theme/assets/css", "is inside the theme folder" },
        { ".", "contains the input folder" },
        { "{repo}/", "contains the input folder" },
        { "..", "contains the input folder" },
        { "docs", "holds files ClinicSite did not write (draft.md)" },
        { "out", "is the input folder (input/)" },
        { "out/", "is the input folder (input/)" },
        { "{home}", "is your home folder" },
        { "/", "is the root of the file system" },
        { ".git", "is inside a repository's .git folder" },
        { "vendor/lib", "holds a .git folder" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_refuses_the_target_and_every_file_stays(string target, string reason)
    {
        using var repo = new ScratchRepository();
        var before = ScratchRepository.Snapshot(repo.Parent);

        var (exitCode, stdout, stderr, _) = repo.Run(null, "build", "--output", Resolve(repo, target));

        AssertRefused(exitCode, stdout, stderr, reason);
        Assert.Equal(before, ScratchRepository.Snapshot(repo.Parent));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Serve_refuses_the_target_before_listening_and_every_file_stays(string target, string reason)
    {
        using var repo = new ScratchRepository();
        var before = ScratchRepository.Snapshot(repo.Parent);

        var (exitCode, stdout, stderr, killed) = repo.Run(TimeSpan.FromMinutes(2), "serve", "--port", Ports.Free().ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", Resolve(repo, target));

        Assert.False(killed, "serve kept running: it accepted the target.\n" + stdout + stderr);
        AssertRefused(exitCode, stdout, stderr, reason);
        Assert.Equal(before, ScratchRepository.Snapshot(repo.Parent));
    }

    [Fact]
    public void The_same_repository_builds_into_output_and_rebuilds_over_it()
    {
        using var repo = new ScratchRepository();
        var outside = ScratchRepository.Snapshot(repo.Parent);

        var first = repo.Run(null, "build");
        var second = repo.Run(null, "build");

        Assert.True(first.ExitCode == 0, first.Out + first.Err);
        Assert.True(second.ExitCode == 0, second.Out + second.Err);
        var after = ScratchRepository.Snapshot(repo.Parent);
        Assert.True(after.ContainsKey(Path.Combine("repo", "output", "index.html")));
        // Everything that was there before is still there, unchanged; the build added output/ and nothing else.
        Assert.All(outside, entry => Assert.Equal(entry.Value, after[entry.Key]));
        Assert.All(after.Keys.Except(outside.Keys), path => Assert.StartsWith(Path.Combine("repo", "output") + "/", path, StringComparison.Ordinal));
    }

    private static void AssertRefused(int exitCode, string stdout, string stderr, string reason)
    {
        Assert.True(exitCode == 2, $"exit code {exitCode}\n{stdout}\n{stderr}");
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(": error CLS051: ", line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
    }

    private static string Resolve(ScratchRepository repo, string target) =>
        target.Replace("{repo}", repo.Repo, StringComparison.Ordinal).Replace("{home}", repo.Home, StringComparison.Ordinal);
}
