#!/usr/bin/env bash
grep 'ERROR' /workspace/quartz.log | sort > /workspace/meadow.log
