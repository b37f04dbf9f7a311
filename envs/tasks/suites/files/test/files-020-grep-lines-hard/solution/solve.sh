#!/usr/bin/env bash
grep -v 'stone' /workspace/walnut.log > /workspace/garnet.log
