#!/usr/bin/env bash
grep 'ERROR' /workspace/harbor.log | sort > /workspace/maple.log
