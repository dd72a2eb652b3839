using ClinicSite.Engine.Diagnostics;
using ClinicSite.Engine.Pipeline;

namespace ClinicSite.Tests.Support;

/// <summary>
/// A small site written from inline strings into a temp folder (the way Hugo's integration tests work): start from a
/// valid minimal site, change or add files, build, then assert on the written files and the diagnostics.
/// </summary>
internal sealed class TestSite : IDisposable
{
    public const string Today = "2026-11-20";

    public TestSite(bool withMinimalSite = true, bool realTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "clinicsite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        if (realTheme)
        {
            CopyDirectory(RepoPaths.Theme, Theme);
        }

        if (withMinimalSite)
        {
            foreach (var (path, text) in MinimalSite.Files)
            {
                Write(path, text);
            }
        }
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Writes a file under input/ (or theme/ when the path starts with "theme/"), LF line endings as given.</summary>
    public TestSite Write(string path, string text)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TestSite WriteBytes(string path, byte[] bytes)
    {
        var full = FullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TestSite Delete(string path)
    {
        File.Delete(FullPath(path));
        return this;
    }

    public string FullPath(string path) =>
        path.StartsWith("theme/", StringComparison.Ordinal) ? Path.Combine(Root, path) : Path.Combine(Input, path);

    public BuildResult Build(bool write = true, bool strict = false, string? today = null) => SiteBuild.Run(new BuildOptions
    {
        Input = Input,
        Theme = Theme,
        Output = Output,
        Write = write,
        Strict = strict,
        Today = DateOnly.Parse(today ?? Today, System.Globalization.CultureInfo.InvariantCulture),
    });

    /// <summary>Builds and fails the test with every diagnostic when the build does not succeed.</summary>
    public BuildResult BuildOk()
    {
        var result = Build();
        Assert.True(result.Succeeded, "Build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    public string ReadOutput(string path) => File.ReadAllText(Path.Combine(Output, path));

    public bool OutputExists(string path) => File.Exists(Path.Combine(Output, path));

    /// <summary>The diagnostics with the given code.</summary>
    public static IReadOnlyList<Diagnostic> WithCode(BuildResult result, DiagnosticCode code) =>
        result.Diagnostics.Where(d => d.Code == code.Id).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test on cleanup.
        }
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
