using System.Globalization;
using ClinicSite.Tests.Support;

namespace ClinicSite.Tests.Templates;

/// <summary>Class fixture: the real site built on <see cref="TestSite.Today"/>, so review dates never change what the theme tests see.</summary>
public sealed class ThemeSite() : RealSite(DateOnly.Parse(TestSite.Today, CultureInfo.InvariantCulture));
