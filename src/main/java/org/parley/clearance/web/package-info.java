/**
 * The clearance pages: a reviewer's clearance page (the version under review, the round's positions
 * and the position form), the drafters' comment resolution, and the administrator's routing rules.
 * Beans only translate between a page and the clearance service; the service decides every rule.
 */
package org.parley.clearance.web;
