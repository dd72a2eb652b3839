namespace ClinicSite.Bench.CorpusGenerator;

/// <summary>Reads the few facts the generator needs from site.yml with a line parser (no YAML library).</summary>
internal static class SiteData
{
    /// <summary>The condition ids listed in the content brief; used only if site.yml has no conditions map.</summary>
    public static readonly IReadOnlyList<string> BriefConditionIds =
    [
        "sciatica", "herniated-disc", "spinal-stenosis", "facet-arthritis", "sacroiliac-joint-pain", "neck-pain",
        "low-back-pain", "radiculopathy", "after-spine-surgery", "disc-pain", "joint-arthritis", "tendon-problems",
        "headache", "nerve-pain", "myofascial-pain", "crps",
    ];

    /// <summary>
    /// Returns the keys of the top-level <c>conditions:</c> map: the first indented level under it,
    /// in file order. Handles <c>id: Name</c> and <c>id:</c> followed by a nested block; quotes are stripped.
    /// </summary>
    public static List<string> ReadConditionIds(string yaml)
    {
        var ids = new List<string>();
        var lines = yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var inside = false;
        int? keyIndent = null;
        foreach (var raw in lines)
        {
            var line = StripComment(raw).TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            var indent = line.Length - line.TrimStart(' ').Length;
            if (!inside)
            {
                if (indent == 0 && (line == "conditions:" || line.StartsWith("conditions: ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(':')))
                {
                    inside = true;
                }

                continue;
            }

            if (indent == 0)
            {
                break;
            }

            keyIndent ??= indent;
            if (indent != keyIndent)
            {
                continue;
            }

            var body = line.TrimStart(' ');
            var colon = body.IndexOf(':', StringComparison.Ordinal);
            if (body.StartsWith('-') || colon <= 0)
            {
                continue;
            }

            var key = body[..colon].Trim().Trim('"', '\'');
            if (key.Length > 0 && !ids.Contains(key))
            {
                ids.Add(key);
            }
        }

        return ids;
    }

    /// <summary>
    /// Returns the <c>page:</c> values under the top-level <c>footer:</c> list (paths of .md files in input/),
    /// so the generator can write stand-in pages for them.
    /// </summary>
    public static List<string> ReadFooterPages(string yaml)
    {
        var pages = new List<string>();
        var inside = false;
        foreach (var raw in yaml.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = StripComment(raw).TrimEnd();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith(' ') && !line.StartsWith('-'))
            {
                inside = line == "footer:";
                continue;
            }

            var body = line.TrimStart(' ', '-').TrimStart();
            if (inside && body.StartsWith("page:", StringComparison.Ordinal))
            {
                var value = body["page:".Length..].Trim().Trim('"', '\'');
                if (value.Length > 0 && !pages.Contains(value))
                {
                    pages.Add(value);
                }
            }
        }

        return pages;
    }

    private static string StripComment(string line)
    {
        // A '#' starts a comment at the line start or after a space, outside quotes (good enough for keys).
        var quote = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '#' && (i == 0 || line[i - 1] == ' '))
            {
                return line[..i];
            }
        }

        return line;
    }
}
