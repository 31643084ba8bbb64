/** MANSCDP XML bodies (GB/T 28181 appendix A): what a device writes and the queries it reads. */
package org.xueliang.simulator.manscdp;
