#!/usr/bin/env bash
grep 'island' /workspace/raven.log > /workspace/jasper.log
