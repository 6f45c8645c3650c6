#ifndef BREACHDIFF_CLIBXML2_SHIM_H
#define BREACHDIFF_CLIBXML2_SHIM_H

// libxml2's headers pull in the system ICU when LIBXML_ICU_ENABLED is set, which clashes
// with Foundation's own ICU ("'UErrorCode' has different definitions"). We never use
// libxml2's ICU conversions (encodings are decided in Swift), so switch it off first.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/encoding.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects as not
/// concurrency-safe; this wrapper is a plain function.
static inline void breachdiff_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
