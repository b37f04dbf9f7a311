#!/usr/bin/env bash
grep 'cloud' /workspace/willow.log | sort > /workspace/brick.log
