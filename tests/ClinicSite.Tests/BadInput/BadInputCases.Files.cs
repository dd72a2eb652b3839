using System.Text;
using ClinicSite.Engine.Diagnostics;

namespace ClinicSite.Tests.BadInput;

/// <summary>Whole files: empty, too large, wrong encoding, bad names and places, clashing addresses.</summary>
internal static partial class BadInputCases
{
    private static IEnumerable<BadInputCase> Files() =>
    [
        // Empty and oversized.
        Page("empty_file", "risks/bleeding.md", string.Empty, Codes.EmptyPage, 0, 0, "Add front matter"),
        Page("file_of_only_blank_lines", "risks/bleeding.md", "\n  \n\n", Codes.EmptyPage, 0, 0, "Add front matter"),
        Page("file_of_only_front_matter", "risks/bleeding.md", CasePages.Risk[..(CasePages.Risk.IndexOf("\n---\n", StringComparison.Ordinal) + 5)], Codes.EmptyPage, 14, 0, "Write the page's content below the closing '---'"),
        Page("front_matter_and_blank_lines_only", "risks/bleeding.md", CasePages.Risk[..(CasePages.Risk.IndexOf("\n---\n", StringComparison.Ordinal) + 5)] + "\n\n   \n", Codes.EmptyPage, 14, 0, "Write the page's content"),
        Page("ten_megabyte_page", "risks/bleeding.md", CasePages.Risk + new string('a', 10 * 1024 * 1024), Codes.FileTooLarge, 0, 0, "Split it into smaller pages"),

        // Encodings. CRLF is not here: it must build (see CrlfTests).
        Bytes("invalid_utf8_byte", "risks/bleeding.md", [.. Encoding.UTF8.GetBytes(CasePages.Risk), .. "\nCaf"u8, 0xE9, .. " au lait.\n"u8], Codes.Encoding, 20, "Save it as UTF-8"),
        Bytes("utf16_little_endian_with_bom", "risks/bleeding.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(CasePages.Risk)], Codes.Encoding, 0, "saved as UTF-16"),
        Bytes("utf16_big_endian_with_bom", "risks/bleeding.md", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(CasePages.Risk)], Codes.Encoding, 0, "saved as UTF-16"),
        Bytes("utf16_without_bom", "risks/bleeding.md", Encoding.Unicode.GetBytes(CasePages.Risk), Codes.Encoding, 0, "Save it as UTF-8 text"),
        Bytes("latin1_file", "risks/bleeding.md", Encoding.Latin1.GetBytes(CasePages.RiskWith("Some bleeding.", "Some bleeding, déjà vu.")), Codes.Encoding, 18, "Save it as UTF-8"),

        // File names: lowercase a-z, digits and single hyphens only (README: "Page file names").
        Page("file_name_with_spaces", "risks/nerve damage.md", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Rename it to 'nerve-damage.md'"),
        Page("file_name_with_uppercase", "risks/Nerve-Damage.md", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Rename it to 'nerve-damage.md'"),
        Page("file_name_with_non_ascii", "risks/lésion-nerveuse.md", CasePages.RiskWith("title: Bleeding", "title: Lésion nerveuse"), Codes.BadFileName, 0, 0, "Rename it to 'lesion-nerveuse.md'"),
        Page("file_name_with_underscore", "risks/nerve_damage.md", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Rename it to 'nerve-damage.md'"),
        Page("file_name_with_double_hyphen", "risks/nerve--damage.md", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Rename it to 'nerve-damage.md'"),
        Page("file_extension_in_uppercase", "risks/nerve-damage.MD", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Rename it to 'nerve-damage.md'"),
        Page("page_in_a_nested_folder", "risks/old/nerve-damage.md", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Move the file"),
        Page("page_in_an_unknown_folder", "blog/nerve-damage.md", CasePages.RiskWith("title: Bleeding", "title: Nerve damage"), Codes.BadFileName, 0, 0, "Move the file"),

        // Two pages, one address.
        Page("page_and_section_at_the_same_url", "procedures.md", CasePages.RiskWith("title: Bleeding", "title: Procedures overview").Replace("frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.\n", string.Empty, StringComparison.Ordinal), Codes.DuplicateUrl, 0, 0, "published at /procedures/"),
        Page("section_index_at_the_top_level", "_index.md", CasePages.RiskWith("title: Bleeding", "title: Another home").Replace("frequency: rare\nwarning_signs: [Swelling]\nurgency: urgent\nget_help: Call your doctor today.\n", string.Empty, StringComparison.Ordinal), Codes.BadFileName, 0, 0, "the home page is input/index.md"),
        Custom("static_file_replaces_generated_headers", s => s.Write("_headers", "/*\n  Content-Security-Policy: script-src * 'unsafe-inline'\n"), Codes.DuplicateUrl, "input/_headers", 0, 0, "Rename or remove"),
        Custom("static_file_replaces_a_page", s => s.Write("risks/bleeding/index.html", "<p>Stale copy</p>\n"), Codes.DuplicateUrl, "input/risks/bleeding/index.html", 0, 0, "Rename or remove"),
    ];
}
