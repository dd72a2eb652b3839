using System.Globalization;
using System.Text.RegularExpressions;

namespace ClinicSite.Tests.Templates;

/// <summary>
/// The stylesheet's own promises: every colour pair the theme uses meets WCAG AA in light and dark mode, focus is
/// visible, motion can be turned off, targets are big enough, JS-only controls stay hidden without JS, and print
/// drops the navigation and writes out link addresses.
/// </summary>
public sealed class ThemeCssTests
{
    private const double Text = 4.5;
    private const double Graphic = 3.0;

    /// <summary>Foreground variable, background variable, minimum ratio: every pairing site.css makes.</summary>
    public static TheoryData<string, string, double> Pairs => new()
    {
        { "--text", "--bg", Text }, { "--text", "--surface", Text }, { "--text", "--surface-2", Text },
        { "--text", "--note-bg", Text }, { "--text", "--urgent-bg", Text }, { "--text", "--emergency-bg", Text }, { "--text", "--tip-bg", Text },
        { "--heading", "--bg", Text }, { "--heading", "--surface", Text }, { "--heading", "--surface-2", Text },
        { "--muted", "--bg", Text }, { "--muted", "--surface", Text }, { "--muted", "--surface-2", Text },
        { "--link", "--bg", Text }, { "--link", "--surface", Text }, { "--link", "--surface-2", Text },
        { "--link", "--note-bg", Text }, { "--link", "--urgent-bg", Text }, { "--link", "--emergency-bg", Text }, { "--link", "--tip-bg", Text },
        { "--link-hover", "--bg", Text }, { "--link-hover", "--surface", Text },
        { "--link-visited", "--bg", Text }, { "--link-visited", "--surface", Text },
        { "--on-brand", "--brand", Text }, { "--button-text", "--button-bg", Text },
        { "--emergency", "--emergency-bg", Text }, { "--emergency-bg", "--emergency", Text },
        { "--urgent", "--urgent-bg", Text }, { "--note", "--note-bg", Text },
        { "--focus", "--bg", Graphic }, { "--focus", "--surface", Graphic }, { "--focus", "--surface-2", Graphic },
        { "--focus", "--note-bg", Graphic }, { "--focus", "--urgent-bg", Graphic }, { "--focus", "--emergency-bg", Graphic },
        { "--border", "--bg", Graphic }, { "--border", "--surface", Graphic },
        { "--accent", "--bg", Graphic }, { "--accent", "--surface", Graphic },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Colour_pairs_meet_WCAG_AA_in_light_mode(string foreground, string background, double minimum)
    {
        var light = Variables(LightBlock());
        AssertContrast(light, foreground, background, minimum, "light");
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Colour_pairs_meet_WCAG_AA_in_dark_mode(string foreground, string background, double minimum)
    {
        var dark = Variables(LightBlock());
        foreach (var (name, value) in Variables(DarkBlock()))
        {
            dark[name] = value;
        }

        AssertContrast(dark, foreground, background, minimum, "dark");
    }

    [Fact]
    public void The_contrast_helper_matches_known_WCAG_values()
    {
        Assert.Equal(21.0, Contrast("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, Contrast("#767676", "#ffffff"), 2);
        Assert.Equal(1.0, Contrast("#0b5563", "#0b5563"), 2);
    }

    [Fact]
    public void Dark_mode_redefines_every_colour()
    {
        var light = Variables(LightBlock()).Keys.Where(k => Regex.IsMatch(Variables(LightBlock())[k], "^#[0-9a-fA-F]{6}$")).ToHashSet();
        var dark = Variables(DarkBlock()).Keys.ToHashSet();
        Assert.Empty(light.Except(dark));
    }

    [Fact]
    public void Focus_is_shown_with_a_solid_outline_at_least_2px_wide()
    {
        var rule = Regex.Match(ThemeFiles.Css, @"(?m)^:focus-visible\s*\{([^}]*)\}");
        Assert.True(rule.Success, "no :focus-visible rule");
        var outline = Regex.Match(rule.Groups[1].Value, @"outline:\s*(\d+)px\s+solid\s+var\(--focus\)");
        Assert.True(outline.Success, rule.Value);
        Assert.True(int.Parse(outline.Groups[1].Value, CultureInfo.InvariantCulture) >= 2);
    }

    [Fact]
    public void Reduced_motion_turns_off_animation_transitions_and_smooth_scrolling()
    {
        var block = MediaBlock("prefers-reduced-motion: reduce");
        Assert.Contains("animation: none !important", block, StringComparison.Ordinal);
        Assert.Contains("transition: none !important", block, StringComparison.Ordinal);
        Assert.Contains("scroll-behavior: auto !important", block, StringComparison.Ordinal);
        // Smooth scrolling is only ever switched on for people who have not asked for less motion.
        Assert.DoesNotContain("scroll-behavior: smooth", ThemeFiles.Css.Replace(MediaBlock("prefers-reduced-motion: no-preference"), string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Elements_marked_hidden_stay_hidden_whatever_their_class_says()
    {
        // The checklist tools are hidden until the script shows them; a class with display:flex must not undo that.
        Assert.Matches(@"\[hidden\]\s*\{\s*display:\s*none\s*!important;?\s*\}", ThemeFiles.Css);
    }

    [Fact]
    public void Checkboxes_and_buttons_are_big_enough_to_hit()
    {
        var checkbox = Regex.Match(ThemeFiles.Css, @"\.task-list-item input\[type=checkbox\]\s*\{([^}]*)\}");
        Assert.True(checkbox.Success);
        Assert.Matches(@"width:\s*1\.5rem", checkbox.Groups[1].Value);
        Assert.Matches(@"height:\s*1\.5rem", checkbox.Groups[1].Value);
        foreach (var selector in new[] { ".button {", ".site-nav a, .site-nav a:visited {", ".site-name, .site-name:visited {" })
        {
            var start = ThemeFiles.Css.IndexOf(selector, StringComparison.Ordinal);
            Assert.True(start >= 0, selector);
            var body = ThemeFiles.Css[start..ThemeFiles.Css.IndexOf('}', start)];
            Assert.Contains("min-height: 44px", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Print_hides_navigation_and_writes_link_addresses_after_links()
    {
        var print = MediaBlock("print");
        Assert.Matches(@"\.site-nav,[^{]*\.breadcrumbs,[^{]*\{\s*display:\s*none !important", print);
        Assert.Contains("content: \" (\" attr(href) \")\"", print, StringComparison.Ordinal);
        Assert.Contains("content: \" (\" attr(data-print-url) \")\"", print, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", print, StringComparison.Ordinal);
    }

    private static void AssertContrast(Dictionary<string, string> colours, string foreground, string background, double minimum, string mode)
    {
        Assert.True(colours.ContainsKey(foreground), $"{foreground} is not defined in {mode} mode");
        Assert.True(colours.ContainsKey(background), $"{background} is not defined in {mode} mode");
        var ratio = Contrast(colours[foreground], colours[background]);
        Assert.True(ratio >= minimum, $"{mode}: {foreground} {colours[foreground]} on {background} {colours[background]} is {ratio:F2}:1, below {minimum}:1");
    }

    private static string LightBlock() => Regex.Match(ThemeFiles.Css, @"(?m)^:root\s*\{([^}]*)\}").Groups[1].Value;

    private static string DarkBlock()
    {
        var media = MediaBlock("prefers-color-scheme: dark");
        return Regex.Match(media, @":root\s*\{([^}]*)\}").Groups[1].Value;
    }

    /// <summary>The text of the first @media block whose condition contains the query, braces balanced.</summary>
    private static string MediaBlock(string query)
    {
        var css = ThemeFiles.Css;
        var at = Regex.Match(css, @"@media[^{]*" + Regex.Escape(query) + @"[^{]*\{");
        Assert.True(at.Success, $"no @media block for '{query}'");
        var depth = 1;
        var i = at.Index + at.Length;
        for (; i < css.Length && depth > 0; i++)
        {
            depth += css[i] == '{' ? 1 : css[i] == '}' ? -1 : 0;
        }

        return css[(at.Index + at.Length)..(i - 1)];
    }

    private static Dictionary<string, string> Variables(string block) =>
        Regex.Matches(block, @"(--[\w-]+)\s*:\s*([^;]+);").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim(), StringComparer.Ordinal);

    private static double Contrast(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        Assert.Matches("^#[0-9a-fA-F]{6}$", hex);
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
