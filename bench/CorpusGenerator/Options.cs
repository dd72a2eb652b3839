namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>Command-line options of the corpus generator.</summary>
internal sealed record Options(int Pages, string OutDir, int Seed, string SiteYml, bool Force)
{
    public const string Usage =
        "Usage: CorpusGenerator --pages N --out DIR [--seed 42] [--site-yml FILE] [--force]\n" +
        "  --pages N        content pages to write (at least 10), split 30/30/20/20 across\n" +
        "                   procedures/risks/specialists/checklists; the four section _index.md\n" +
        "                   pages and the root index.md come on top\n" +
        "  --out DIR        corpus folder (an input/ folder for 'ClinicSite build --input DIR')\n" +
        "  --seed N         seed for System.Random (default 42); same N and seed give identical files\n" +
        "  --site-yml FILE  site data to copy to DIR/_data/site.yml (default input/_data/site.yml);\n" +
        "                   glossary.yml next to it is copied too when present\n" +
        "  --force          replace the generated folders in DIR when DIR is not empty\n";

    /// <summary>Parses arguments; returns null and an error message when they are invalid.</summary>
    public static Options? Parse(IReadOnlyList<string> args, out string? error)
    {
        int? pages = null;
        string? outDir = null;
        var seed = 42;
        var siteYml = Path.Combine("input", "_data", "site.yml");
        var force = false;
        error = null;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--force")
            {
                force = true;
                continue;
            }

            if (arg is "-h" or "--help")
            {
                error = string.Empty;
                return null;
            }

            if (i + 1 >= args.Count)
            {
                error = $"Missing value after '{arg}'.";
                return null;
            }

            var value = args[++i];
            switch (arg)
            {
                case "--pages":
                    if (!int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var p) || p < 10)
                    {
                        error = $"--pages must be a whole number of at least 10, not '{value}'.";
                        return null;
                    }

                    pages = p;
                    break;
                case "--out":
                    outDir = value;
                    break;
                case "--seed":
                    if (!int.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out seed))
                    {
                        error = $"--seed must be a whole number, not '{value}'.";
                        return null;
                    }

                    break;
                case "--site-yml":
                    siteYml = value;
                    break;
                default:
                    error = $"Unknown option '{arg}'.";
                    return null;
            }
        }

        if (pages is null || outDir is null)
        {
            error = "Both --pages and --out are required.";
            return null;
        }

        return new Options(pages.Value, outDir, seed, siteYml, force);
    }
}
