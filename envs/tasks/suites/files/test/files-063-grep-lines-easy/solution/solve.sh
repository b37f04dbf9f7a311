#!/usr/bin/env bash
grep 'WARN' /workspace/maple.log > /workspace/quartz.log
