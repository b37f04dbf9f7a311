#!/usr/bin/env bash
grep -v 'amber' /workspace/willow.log > /workspace/sunny.log
