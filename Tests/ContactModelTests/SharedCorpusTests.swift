import Foundation
import Testing
import _ContactsTestSupport

@Suite struct SharedCorpusTests {
    /// Corpus-driven tests take their arguments from `../shared/corpus`; under CI an absent folder
    /// must fail rather than leave those tests with nothing to run.
    @Test func corpusIsPresentUnderCI() throws {
        let corpus = try TestPaths.requireCorpus()
        if TestPaths.isCI {
            #expect(corpus != nil)
            #expect(TestPaths.corpusFiles(withExtension: "vcf").count >= 80)
        }
    }
}
