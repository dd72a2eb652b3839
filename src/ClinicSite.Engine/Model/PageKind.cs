namespace ClinicSite.Engine.Model;

/// <summary>The kind of page; each has its own layout in theme/layouts/.</summary>
public enum PageKind { Home, Section, Procedure, Specialist, Checklist, Risk, Page, Faq, Glossary, NotFound, Search }
