using ClinicSite.Engine.Output;

namespace ClinicSite.Engine.Search;

/// <summary>The built index: its files (manifest, word lists, shards, document chunks). Tests read them as search.js does.</summary>
internal sealed record SearchIndex(IReadOnlyList<OutputFile> Files)
{
    /// <summary>Where the manifest is written (served with Cache-Control: no-cache; every other file is fingerprinted).</summary>
    public const string ManifestPath = "search/index.json";

    /// <summary>Pages per document chunk.</summary>
    public const int ChunkSize = 16;

    /// <summary>A shard larger than this is split by the next character of its terms.</summary>
    public const int ShardLimit = 16_000;
}
