namespace ClinicSite.Tests.BadInput;

/// <summary>Every file under a folder, by relative path, with its exact bytes: proves a failed build changed nothing.</summary>
internal sealed class SiteSnapshot
{
    private readonly SortedDictionary<string, byte[]> _files;

    private SiteSnapshot(SortedDictionary<string, byte[]> files) => _files = files;

    public int Count => _files.Count;

    public static SiteSnapshot Of(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = File.ReadAllBytes(file);
            }
        }

        return new SiteSnapshot(files);
    }

    /// <summary>The differences from another snapshot, one line each; empty when both are byte-for-byte equal.</summary>
    public IReadOnlyList<string> DifferencesFrom(SiteSnapshot other)
    {
        var differences = new List<string>();
        foreach (var path in _files.Keys.Union(other._files.Keys).Order(StringComparer.Ordinal))
        {
            var mine = _files.GetValueOrDefault(path);
            var theirs = other._files.GetValueOrDefault(path);
            if (mine is null)
            {
                differences.Add($"added: {path}");
            }
            else if (theirs is null)
            {
                differences.Add($"removed: {path}");
            }
            else if (!mine.AsSpan().SequenceEqual(theirs))
            {
                differences.Add($"changed: {path}");
            }
        }

        return differences;
    }

    /// <summary>Fails with the list of differences unless this folder is byte-for-byte the earlier one.</summary>
    public void AssertSameAs(SiteSnapshot before)
    {
        Assert.True(before.Count > 0, "The earlier snapshot is empty, so the comparison would prove nothing.");
        var differences = DifferencesFrom(before);
        Assert.True(differences.Count == 0, "output/ changed:\n" + string.Join('\n', differences));
    }
}
