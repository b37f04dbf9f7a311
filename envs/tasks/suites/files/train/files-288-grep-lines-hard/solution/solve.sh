#!/usr/bin/env bash
grep -v 'orchid' /workspace/kettle.log > /workspace/cobalt.log
