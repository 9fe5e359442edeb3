import Foundation

enum ProcessorCount {
    static let value = max(1, ProcessInfo.processInfo.activeProcessorCount)
}
