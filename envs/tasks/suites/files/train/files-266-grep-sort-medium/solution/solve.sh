#!/usr/bin/env bash
grep 'harbor' /workspace/olive.log | sort > /workspace/meadow.log
