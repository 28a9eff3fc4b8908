/** Sources: where a statement came from (a bulletin, an article, a data set). */
package org.conflictledger.source;
