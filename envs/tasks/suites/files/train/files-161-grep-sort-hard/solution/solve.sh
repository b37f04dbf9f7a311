#!/usr/bin/env bash
grep 'orchid' /workspace/cloud.log | sort > /workspace/jasper.log
