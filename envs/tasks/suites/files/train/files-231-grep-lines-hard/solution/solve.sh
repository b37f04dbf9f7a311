#!/usr/bin/env bash
grep -v 'falcon' /workspace/willow.log > /workspace/maple.log
