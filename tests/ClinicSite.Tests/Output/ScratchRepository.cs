using System.Diagnostics;
using System.Security.Cryptography;
using ClinicSite.Cli.Commands;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Output;

/// <summary>
/// A copy of a repository as an editor has it, in a folder of its own: <c>repo/</c> with <c>.git</c>, <c>input/</c>
/// (the minimal site), <c>theme/</c>, <c>notes.txt</c>, <c>docs/</c> of their own files, <c>out</c>, a symbolic
/// link to <c>input/</c>, and <c>vendor/lib/</c>, another repository holding nothing but its <c>.git</c>; and
/// <c>home/</c> beside it, used as the user's home folder. The CLI runs in <c>repo/</c>.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly TestSite _site = new();

    public ScratchRepository()
    {
        Directory.CreateDirectory(Repo);
        Directory.Move(_site.Input, Path.Combine(Repo, "input"));
        Directory.Move(_site.Theme, Path.Combine(Repo, "theme"));
        Directory.CreateDirectory(Path.Combine(Repo, ".git", "refs"));
        File.WriteAllText(Path.Combine(Repo, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(Repo, "notes.txt"), "My notes, not committed anywhere.\n");
        Directory.CreateDirectory(Path.Combine(Repo, "docs"));
        File.WriteAllText(Path.Combine(Repo, "docs", "draft.md"), "A page I am still writing.\n");
        File.CreateSymbolicLink(Path.Combine(Repo, "out"), "input");
        Directory.CreateDirectory(Path.Combine(Repo, "vendor", "lib", ".git"));
        File.WriteAllText(Path.Combine(Repo, "vendor", "lib", ".git", "HEAD"), "ref: refs/heads/main\n");
        Directory.CreateDirectory(Home);
        File.WriteAllText(Path.Combine(Home, ".profile"), "# mine\n");
    }

    /// <summary>The repository's parent: holds nothing but <c>repo/</c> and <c>home/</c>.</summary>
    public string Parent => _site.Root;

    public string Repo => Path.Combine(_site.Root, "repo");

    public string Home => Path.Combine(_site.Root, "home");

    /// <summary>Starts the CLI in repo/ with HOME set to home/, its output redirected.</summary>
    public Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClinicSite.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["HOME"] = Home;
        start.Environment.Remove(BuildCommand.PauseBeforeSwapVariable);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
    }

    /// <summary>Runs the CLI (see <see cref="Start"/>); a command still running after <paramref name="limit"/> is killed.</summary>
    public (int ExitCode, string Out, string Err, bool Killed) Run(TimeSpan? limit, params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var killed = !process.WaitForExit(limit ?? Patience);
        if (killed)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        return (killed ? -1 : process.ExitCode, stdout.Result, stderr.Result, killed);
    }

    /// <summary>
    /// Every file, folder and link under <paramref name="root"/> (links are not followed): a file by the hash of its
    /// bytes, a link by its target.
    /// </summary>
    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Walk(DirectoryInfo folder)
        {
            foreach (var entry in folder.EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0 }))
            {
                var relative = Path.GetRelativePath(root, entry.FullName);
                if (entry.LinkTarget is { } target)
                {
                    entries[relative] = "link -> " + target;
                }
                else if (entry is DirectoryInfo directory)
                {
                    entries[relative + "/"] = "folder";
                    Walk(directory);
                }
                else
                {
                    entries[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
                }
            }
        }

        Walk(new DirectoryInfo(root));
        return entries;
    }

    public void Dispose() => _site.Dispose();
}
