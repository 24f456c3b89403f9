using Observatoires.Api.Platform.Export;

namespace Observatoires.Tests.Platform.Export;

/// <summary>Stored text is anyone's who may write it: none of it may make a workbook unwritable for every reader.</summary>
public sealed class XlsxTextTests
{
    [Test] // in code, not in attributes: an attribute's string cannot hold a lone surrogate, and test names mangle the rest
    public void Characters_XML_cannot_hold_become_the_replacement_character_and_the_rest_is_kept()
    {
        (string Stored, string Written)[] cases =
        [
            ("Fleury\uffff", "Fleury\ufffd"),
            ("\ufffeLens", "\ufffdLens"),
            ("a\u0001b", "a\ufffdb"),
            ("lone " + '\ud800' + " surrogate", "lone \ufffd surrogate"),
            ("Béthune 🚲, tab\tand line\nbreak", "Béthune 🚲, tab\tand line\nbreak"),
        ];
        Assert.That(cases.Select(c => XlsxWriter.XmlText(c.Stored)), Is.EqualTo(cases.Select(c => c.Written)));
    }
}
