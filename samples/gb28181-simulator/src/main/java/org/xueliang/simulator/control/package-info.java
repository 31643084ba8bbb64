/** The simulator's HTTP control port: status, alarms on demand, graceful stop and power cut. */
package org.xueliang.simulator.control;
