#!/usr/bin/env bash
grep 'WARN' /workspace/cobalt.log > /workspace/maple.log
